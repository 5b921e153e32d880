/** Event types, weapons, targets, perpetrators, named people with roles, claims and references to other incidents. */
package org.sitrep.core.extract.fact;
