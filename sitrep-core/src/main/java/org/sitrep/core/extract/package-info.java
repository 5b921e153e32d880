/** Extracts dated, placed, sourced facts with evidence from one article. */
package org.sitrep.core.extract;
