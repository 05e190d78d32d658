/*******************************************************************************
 * Copyright (c) 2026 Parley contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.parley.dropins.internal;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.Constants;
import org.osgi.framework.wiring.FrameworkWiring;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;

/**
 * Installs the bundles an organisation drops into the product's {@code dropins/} folder (or the
 * folder named by the {@code parley.dropins} system property), so that a connector, classifier or
 * command of its own extends the workbench and {@code parley-cli} without touching Parley's own
 * files. At every start it installs new jars, updates changed ones, uninstalls those whose jar was
 * removed, and starts them; a jar that is not a bundle is reported and left out, the others go on.
 */
@Component(immediate = true)
public final class Dropins {

    /** System property naming the folder; by default {@code dropins/} of the installation. */
    public static final String FOLDER_PROPERTY = "parley.dropins";

    private static final System.Logger LOG = System.getLogger(Dropins.class.getName());
    private static final String REFERENCE = "reference:";

    /** What one pass did. */
    public record Result(List<String> installed, List<String> updated, List<String> removed, List<String> failed) {
    }

    @Activate
    public Dropins(BundleContext context) {
        Path folder = folder(context);
        if (folder != null && Files.isDirectory(folder)) {
            Result result = sync(context, folder);
            LOG.log(System.Logger.Level.INFO, "Drop-ins in " + folder + ": " + result);
        }
    }

    static Path folder(BundleContext context) {
        String named = context.getProperty(FOLDER_PROPERTY);
        if (named != null && !named.isBlank()) {
            return Path.of(named);
        }
        String install = context.getProperty("osgi.install.area");
        if (install == null) {
            return null;
        }
        try {
            return Path.of(new URI(install.replace(" ", "%20"))).resolve("dropins");
        } catch (URISyntaxException | IllegalArgumentException e) {
            return null;
        }
    }

    /** Brings the installed drop-ins in line with the jars in {@code folder}. */
    public static Result sync(BundleContext context, Path folder) {
        Result result = new Result(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        String prefix = REFERENCE + folder.toAbsolutePath().normalize().toUri();
        List<Bundle> toStart = new ArrayList<>();
        for (Bundle bundle : context.getBundles()) {
            if (bundle.getLocation().startsWith(prefix) && !Files.exists(jarOf(bundle))) {
                uninstall(bundle, result);
            }
        }
        for (Path jar : jars(folder, result)) {
            String location = REFERENCE + jar.toAbsolutePath().normalize().toUri();
            Bundle bundle = context.getBundle(location);
            try {
                if (bundle == null) {
                    bundle = context.installBundle(location);
                    result.installed().add(bundle.getSymbolicName());
                } else if (Files.getLastModifiedTime(jar).toMillis() > bundle.getLastModified()) {
                    bundle.update();
                    result.updated().add(bundle.getSymbolicName());
                }
                toStart.add(bundle);
            } catch (BundleException | IOException | RuntimeException e) {
                result.failed().add(jar.getFileName() + ": " + e.getMessage());
                LOG.log(System.Logger.Level.WARNING, "Drop-in " + jar + " is left out: " + e.getMessage());
            }
        }
        FrameworkWiring wiring = context.getBundle(Constants.SYSTEM_BUNDLE_LOCATION).adapt(FrameworkWiring.class);
        wiring.resolveBundles(toStart);
        for (Bundle bundle : toStart) {
            start(bundle, result);
        }
        return result;
    }

    private static Path jarOf(Bundle bundle) {
        return Path.of(URI.create(bundle.getLocation().substring(REFERENCE.length())));
    }

    private static List<Path> jars(Path folder, Result result) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".jar") && Files.isRegularFile(f))
                    .sorted().toList();
        } catch (IOException e) {
            result.failed().add(folder + ": " + e.getMessage());
            return List.of();
        }
    }

    private static void uninstall(Bundle bundle, Result result) {
        try {
            String name = bundle.getSymbolicName();
            bundle.uninstall();
            result.removed().add(name);
        } catch (BundleException e) {
            result.failed().add(bundle.getLocation() + ": " + e.getMessage());
        }
    }

    private static void start(Bundle bundle, Result result) {
        if (bundle.getHeaders().get(Constants.FRAGMENT_HOST) != null) {
            return;
        }
        try {
            bundle.start();
        } catch (BundleException e) {
            result.failed().add(bundle.getSymbolicName() + ": " + e.getMessage());
            LOG.log(System.Logger.Level.WARNING, "Drop-in " + bundle.getSymbolicName() + " does not start: "
                    + e.getMessage());
        }
    }
}
