/** Immutable records and ids shared by every sitrep module; no behaviour beyond validation. */
package org.sitrep.model;
