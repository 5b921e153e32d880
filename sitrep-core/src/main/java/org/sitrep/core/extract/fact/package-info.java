/** Event types, weapons, targets, actors, claims and references to other incidents. */
package org.sitrep.core.extract.fact;
