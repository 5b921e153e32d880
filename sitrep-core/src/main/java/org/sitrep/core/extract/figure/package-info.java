/** Casualty figures with qualifiers, attribution and scope. */
package org.sitrep.core.extract.figure;
