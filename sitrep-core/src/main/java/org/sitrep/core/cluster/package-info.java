/** Assigns each arriving article to an incident, online; never touches storage. */
package org.sitrep.core.cluster;
