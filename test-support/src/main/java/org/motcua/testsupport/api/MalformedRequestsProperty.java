package org.motcua.testsupport.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.motcua.testsupport.TestTokens;

/**
 * The bad-input property every service holds ({@link MalformedRequests}), as a test each service runs by extending
 * this class in a {@code @QuarkusTest} that says where the service listens.
 */
public abstract class MalformedRequestsProperty {

    /** The service's root ({@code @TestHTTPResource("/")}). */
    protected abstract URI base();

    @Test
    void noMalformedRequestGetsAServerErrorOrAnAnswerThatIsNotAProblem() {
        MalformedRequests.Outcome outcome = requests().probe(10);
        assertTrue(outcome.requests() > 50, "requests sent: " + outcome.requests());
        assertEquals(List.of(), outcome.findings(), "requests that broke the property");
    }

    @Test
    void aVeryLongAddressIsRefusedWithAProblem() {
        assertNull(requests().longAddress(5_000));
    }

    private MalformedRequests requests() {
        return new MalformedRequests(base(), List.of(TestTokens.provinceAdmin(), TestTokens.clerk("21025"),
                TestTokens.officer("21025"), TestTokens.of("leader", "21025"), TestTokens.of("auditor", null),
                TestTokens.integration()));
    }
}
