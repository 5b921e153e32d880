/** Fixtures (the seed articles) and contract tests shared by the other modules. */
package org.sitrep.testkit;
