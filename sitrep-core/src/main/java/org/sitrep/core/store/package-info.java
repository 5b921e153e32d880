/** Durable storage of articles, facts, incidents and their merge and split history behind one narrow interface. */
package org.sitrep.core.store;
