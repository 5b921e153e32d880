/** REST API and web UI over a store. */
package org.sitrep.server;
