/** Sentence embeddings computed in process: text in, L2-normalised vectors out. */
package org.sitrep.core.embed;
