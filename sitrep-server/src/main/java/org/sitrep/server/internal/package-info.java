/** The server's handlers, JSON views and exporters; not API, may change without notice. */
package org.sitrep.server.internal;
