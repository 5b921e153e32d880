/** Durable storage of articles, facts and incidents behind one narrow interface. */
package org.sitrep.core.store;
