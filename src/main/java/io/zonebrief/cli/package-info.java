/**
 * The zonebrief command line (picocli): declares commands and options, calls the
 * {@link io.zonebrief.ZoneBrief} facade, prints progress and maps failures to exit codes. No pipeline
 * logic lives here.
 */
package io.zonebrief.cli;
