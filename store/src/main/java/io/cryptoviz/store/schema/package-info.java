/**
 * What the DuckDB file holds: the quotes table's name and columns, the versioned
 * migrations that create them, and the check that names the columns an older file lacks.
 * Every other package of the store module names the table through here.
 */
@NullMarked
package io.cryptoviz.store.schema;

import org.jspecify.annotations.NullMarked;
