/*******************************************************************************
 * Copyright (c) 2026 Parley contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.parley.cli.internal;

import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Map;

import org.osgi.framework.BundleContext;
import org.parley.cli.command.CliCommand;
import org.parley.demo.DemoWorkspace;
import org.parley.store.StoreFactory;

/** Puts the command line together from the framework's services. */
public final class Commands {

    private Commands() {
    }

    /**
     * A command line with the built-in commands and every {@link CliCommand} service of the framework,
     * waiting for the store and demo services to start.
     */
    public static ParleyCli cli(BundleContext bundles, Path defaultWorkspace, InputStream in, PrintStream out,
            PrintStream err) throws InterruptedException {
        StoreFactory stores = CliApplication.await(bundles, StoreFactory.class);
        DemoWorkspace demo = CliApplication.await(bundles, DemoWorkspace.class);
        CommandRegistry registry = CliApplication.await(bundles, CommandRegistry.class);
        Map<String, CliCommand<?>> builtIns = Map.of("info", new InfoCommand(), "demo", new DemoCommand(demo), "bench",
                new BenchCommand());
        return new ParleyCli(stores, new ServiceCatalog(registry, builtIns), defaultWorkspace, in, out, err);
    }
}
