/** The embedded default store (SQLite plus a Lucene index); not API, use {@code Stores.open}. */
package org.sitrep.core.store.internal;
