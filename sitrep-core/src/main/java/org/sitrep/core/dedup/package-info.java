/** Finds exact, near and translated copies and recurring site chrome: one independent source, not five. */
package org.sitrep.core.dedup;
