package io.zonebrief.cli;

import picocli.CommandLine;

/** Reads the version Maven stamped into the jar. */
final class Version implements CommandLine.IVersionProvider {

    @Override
    public String[] getVersion() {
        String v = Main.class.getPackage().getImplementationVersion();
        return new String[] {"zonebrief " + (v == null ? "development build" : v)};
    }
}
