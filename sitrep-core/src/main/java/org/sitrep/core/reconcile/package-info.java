/** Decides an incident's facts from all of its member articles. */
package org.sitrep.core.reconcile;
