/** Repairs text and metadata and turns raw records into Articles. */
package org.sitrep.core.normalize;
