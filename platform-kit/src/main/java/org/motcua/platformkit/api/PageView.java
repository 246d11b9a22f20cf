package org.motcua.platformkit.api;

import java.util.List;
import java.util.function.Function;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of a list: every list endpoint of the platform is paged. */
public record PageView<T>(
        @Schema(description = "Items of this page") List<T> items,
        @Schema(description = "Page index, from 0") int page,
        @Schema(description = "Page size asked for") int size,
        @Schema(description = "Number of items over all pages") long total) {

    public <R> PageView<R> map(Function<T, R> mapper) {
        return new PageView<>(items.stream().map(mapper).toList(), page, size, total);
    }
}
