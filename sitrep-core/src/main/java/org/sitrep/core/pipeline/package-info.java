/** Wires the stages, checks them when built, and runs them with back-pressure. */
package org.sitrep.core.pipeline;
