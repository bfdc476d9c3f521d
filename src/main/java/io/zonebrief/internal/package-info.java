/**
 * Small helpers every stage may use: what kind of file a path is, reading a settings file with a
 * size limit, and making text from outside safe to print. Not part of the public API.
 */
package io.zonebrief.internal;
