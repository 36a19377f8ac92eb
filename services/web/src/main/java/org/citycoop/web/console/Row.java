package org.citycoop.web.console;

import java.util.List;

import org.jspecify.annotations.Nullable;

/** A row of a section's table as the page shows it: its id (for {@code data-id} and the row's forms), its cells, its status if it has one. */
record Row(String id, List<String> cells, @Nullable String status) {
}
