/** Scores the pipeline against gold data: clustering, facts and time expressions. */
package org.sitrep.core.eval;
