/** The contract every {@code Store} implementation passes, and synthetic store fixtures. */
package org.sitrep.testkit.store;
