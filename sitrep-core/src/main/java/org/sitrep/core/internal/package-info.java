/** Shared helpers that are not API; may change without notice. */
package org.sitrep.core.internal;
