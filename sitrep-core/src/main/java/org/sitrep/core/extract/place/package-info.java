/** Toponyms resolved against the offline gazetteer; the incident place told apart from mentions. */
package org.sitrep.core.extract.place;
