/** Time expressions and incident dates: finds, normalises and anchors them. */
package org.sitrep.core.extract.time;
