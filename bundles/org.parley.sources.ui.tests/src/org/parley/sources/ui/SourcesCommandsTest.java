/*******************************************************************************
 * Copyright (c) 2026 Parley contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.parley.sources.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.eclipse.core.commands.Category;
import org.eclipse.core.commands.IParameter;
import org.eclipse.e4.core.commands.CommandServiceAddon;
import org.eclipse.e4.core.commands.ECommandService;
import org.eclipse.e4.core.commands.EHandlerService;
import org.eclipse.e4.core.contexts.ContextInjectionFactory;
import org.eclipse.e4.core.contexts.EclipseContextFactory;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.e4.ui.model.application.MApplicationFactory;
import org.eclipse.e4.ui.model.application.commands.MBindingTable;
import org.eclipse.e4.ui.model.application.commands.MCommandsFactory;
import org.eclipse.e4.ui.model.application.commands.MHandler;
import org.eclipse.e4.ui.model.application.commands.MKeyBinding;
import org.eclipse.e4.ui.model.application.ui.basic.MBasicFactory;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.menu.MMenuFactory;
import org.eclipse.e4.ui.model.fragment.MFragmentFactory;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.parley.ingest.IngestService;
import org.parley.ingest.QuarantineService;
import org.parley.ingest.SecretStore;
import org.parley.store.Store;
import org.parley.store.StoreFactory;
import org.parley.store.StoreSettings;
import org.parley.testing.Services;
import org.parley.testing.swt.SwtHarness;

/**
 * Import file… and Poll now as e4 commands: the handlers contributed by fragment.e4xmi act on the
 * Sources part, and the part's buttons execute the commands through the command and handler
 * services, as the menu items and keys do.
 */
class SourcesCommandsTest {

    @TempDir
    Path workspace;

    private final SwtHarness swt = new SwtHarness();
    private final IngestService ingest = Services.get(IngestService.class);
    private Store store;
    private Shell shell;
    private IEclipseContext workbench;
    private SourcesPart part;
    private MPart model;

    @BeforeEach
    void open() {
        System.setProperty("parley.secrets.keyFile", workspace.resolve("secure-storage.key").toString());
        store = Services.get(StoreFactory.class).open(StoreSettings.embedded(workspace.resolve("ws")));
        shell = new Shell(swt.display);
        shell.setLayout(new FillLayout());
        shell.setSize(1400, 900);
        workbench = EclipseContextFactory.getServiceContext(FrameworkUtil.getBundle(getClass()).getBundleContext())
                .createChild("sources test");
        ContextInjectionFactory.invoke(new CommandServiceAddon(), jakarta.annotation.PostConstruct.class,
                workbench);
        workbench.set(UISynchronize.class, swt.sync);
        workbench.set(IngestService.class, ingest);
        workbench.set(QuarantineService.class, Services.get(QuarantineService.class));
        workbench.set(SecretStore.class, Services.get(SecretStore.class));
        workbench.set(Store.class, store);
        IEclipseContext context = workbench.createChild("sources part");
        context.set(Composite.class, shell);
        part = ContextInjectionFactory.make(SourcesPart.class, context);
        model = MBasicFactory.INSTANCE.createPart();
        model.setElementId(SourcesHandlers.PART);
        model.setObject(part);
        workbench.set(IServiceConstants.ACTIVE_PART, model);
        shell.open();
        swt.waitFor("the quarantine", () -> part.quarantine.summary.getText().startsWith("Quarantine:"));
    }

    @AfterEach
    void close() {
        shell.dispose();
        workbench.dispose();
        store.close();
    }

    @Test
    void theImportCommandNamingAFileImportsItThroughTheSelectedSource() throws Exception {
        Path log = workspace.resolve("calls.csv");
        Files.writeString(log, """
                id,time,author,text
                C-1,2026-11-20T10:00:00Z,Ann Lee,Line dead since Monday
                C-2,2026-11-20T10:05:00Z,Bo Chan,Thanks for the quick fix
                C-3,not a date,Cy Diaz,Bad date row
                """, StandardCharsets.UTF_8);
        List<String> ids = Arrays.stream(part.connectors.getItems()).map(i -> i.getText(1)).toList();
        part.connectors.select(ids.indexOf("csv"));
        part.newSource();
        part.form.name.setText("Call centre export");
        part.saveSource();
        swt.waitFor("the new source", () -> part.sources.getItemCount() == 1);
        part.sources.select(0);

        IEclipseContext call = workbench.createChild("command call");
        call.set(SourcesHandlers.FILE, log.toString());
        SourcesHandlers.ImportFile handler = new SourcesHandlers.ImportFile();
        assertTrue((Boolean) ContextInjectionFactory.invoke(handler, CanExecute.class, call, false));
        ContextInjectionFactory.invoke(handler, Execute.class, call);

        swt.waitFor("the import", () -> part.status.getText().startsWith("Imported calls.csv:"));
        assertEquals("Imported calls.csv: 2 added, 0 updated, 0 duplicates, 1 quarantined", part.status.getText());
        assertEquals(2, ingest.sources(store).get(0).lastReport().added());
    }

    @Test
    void thePollNowButtonExecutesThePollCommandThroughTheHandlerService() {
        ECommandService commands = workbench.get(ECommandService.class);
        Category category = commands.defineCategory("org.parley.test.category", "Test", null);
        commands.defineCommand(SourcesHandlers.POLL, "Poll source now", null, category, new IParameter[0]);
        button("Poll now").notifyListeners(SWT.Selection, null);
        assertEquals("", part.status.getText(), "no handler yet: the button runs the command, not the part");
        workbench.get(EHandlerService.class).activateHandler(SourcesHandlers.POLL, new SourcesHandlers.PollNow());

        button("Poll now").notifyListeners(SWT.Selection, null);

        assertEquals("Select a source to poll", part.status.getText(), "the handler ran the part's poll");
        workbench.set(IServiceConstants.ACTIVE_PART, null);
        assertFalse((Boolean) ContextInjectionFactory.invoke(new SourcesHandlers.PollNow(), CanExecute.class,
                workbench, false), "without the Sources part there is nothing to poll");
    }

    @Test
    void theFragmentContributesBothCommandsWithHandlersAndKeysInTheSourcesContext() throws Exception {
        List<EObject> elements = fragment();
        Map<String, String> handlers = new TreeMap<>();
        for (EObject element : elements) {
            if (element instanceof MHandler handler) {
                handlers.put(handler.getCommand().getElementId(), handler.getContributionURI());
            }
        }
        assertEquals(Map.of(SourcesHandlers.IMPORT,
                "bundleclass://org.parley.sources.ui/org.parley.sources.ui.SourcesHandlers$ImportFile",
                SourcesHandlers.POLL,
                "bundleclass://org.parley.sources.ui/org.parley.sources.ui.SourcesHandlers$PollNow"),
                handlers);
        Bundle bundle = FrameworkUtil.getBundle(SourcesPart.class);
        for (String uri : handlers.values()) {
            bundle.loadClass(uri.substring(uri.lastIndexOf('/') + 1)).getConstructor().newInstance();
        }
        MBindingTable table = elements.stream().filter(MBindingTable.class::isInstance)
                .map(MBindingTable.class::cast).findFirst().orElseThrow();
        Map<String, String> keys = new TreeMap<>();
        for (MKeyBinding binding : table.getBindings()) {
            keys.put(binding.getKeySequence(), binding.getCommand().getElementId());
        }
        assertEquals(Map.of("M1+I", SourcesHandlers.IMPORT, "F5", SourcesHandlers.POLL), keys);
        MPart sources = elements.stream().filter(MPart.class::isInstance).map(MPart.class::cast).findFirst()
                .orElseThrow();
        assertEquals(SourcesHandlers.PART, sources.getElementId());
        assertEquals(List.of(table.getBindingContext()), sources.getBindingContexts(),
                "the keys are live while the Sources part is active");
    }

    private static List<EObject> fragment() throws Exception {
        // the generated packages register themselves with EMF when first touched
        List.of(MApplicationFactory.INSTANCE, MCommandsFactory.INSTANCE, MMenuFactory.INSTANCE,
                MBasicFactory.INSTANCE, MFragmentFactory.INSTANCE);
        Resource resource = new XMIResourceImpl(URI.createURI("fragment.e4xmi"));
        try (InputStream in = FrameworkUtil.getBundle(SourcesPart.class).getEntry("fragment.e4xmi").openStream()) {
            resource.load(in, Map.of());
        }
        List<EObject> elements = new ArrayList<>();
        resource.getAllContents().forEachRemaining(elements::add);
        return elements;
    }

    private Button button(String text) {
        List<Control> found = new ArrayList<>();
        collect(shell, found);
        return found.stream().filter(c -> c instanceof Button b && text.equals(b.getText())).map(Button.class::cast)
                .findFirst().orElseThrow();
    }

    private static void collect(Composite root, List<Control> found) {
        for (Control child : root.getChildren()) {
            found.add(child);
            if (child instanceof Composite composite) {
                collect(composite, found);
            }
        }
    }
}
