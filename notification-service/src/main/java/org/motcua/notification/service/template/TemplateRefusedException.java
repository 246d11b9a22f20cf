package org.motcua.notification.service.template;

import java.util.List;

import org.motcua.platformkit.problem.FieldProblem;
import org.motcua.platformkit.problem.RuleViolationException;

/** A template that cannot be saved: it does not parse, or it names a variable its message does not have. */
public class TemplateRefusedException extends RuleViolationException {

    TemplateRefusedException(String message) {
        super("template-refused", message, List.of(new FieldProblem("body", message)));
    }
}
