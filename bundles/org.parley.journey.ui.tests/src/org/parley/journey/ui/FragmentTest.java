/*******************************************************************************
 * Copyright (c) 2026 Parley contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.parley.journey.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.model.application.MApplicationFactory;
import org.eclipse.e4.ui.model.application.commands.MBindingTable;
import org.eclipse.e4.ui.model.application.commands.MCommand;
import org.eclipse.e4.ui.model.application.commands.MCommandsFactory;
import org.eclipse.e4.ui.model.application.commands.MHandler;
import org.eclipse.e4.ui.model.application.commands.MKeyBinding;
import org.eclipse.e4.ui.model.application.descriptor.basic.MPartDescriptor;
import org.eclipse.e4.ui.model.application.ui.basic.MBasicFactory;
import org.eclipse.e4.ui.model.application.ui.menu.MHandledMenuItem;
import org.eclipse.e4.ui.model.application.ui.menu.MMenuFactory;
import org.eclipse.e4.ui.model.fragment.MFragmentFactory;
import org.eclipse.e4.ui.model.fragment.MStringModelFragment;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/**
 * What the bundle's fragment.e4xmi gives the workbench: the editor's commands, a handler of this
 * bundle for each, the keys in the journey editor's own binding context, and menu items.
 */
class FragmentTest {

    private static final String BUNDLECLASS = "bundleclass://org.parley.journey.ui/";
    private static List<EObject> elements;

    @BeforeAll
    static void loadFragment() throws Exception {
        // the generated packages register themselves with EMF when first touched
        List.of(MApplicationFactory.INSTANCE, MCommandsFactory.INSTANCE, MMenuFactory.INSTANCE,
                MBasicFactory.INSTANCE, MFragmentFactory.INSTANCE,
                org.eclipse.e4.ui.model.application.descriptor.basic.MBasicFactory.INSTANCE);
        Bundle bundle = FrameworkUtil.getBundle(JourneyEditorPart.class);
        Resource resource = new XMIResourceImpl(URI.createURI("fragment.e4xmi"));
        try (InputStream in = bundle.getEntry("fragment.e4xmi").openStream()) {
            resource.load(in, Map.of());
        }
        elements = new ArrayList<>();
        resource.getAllContents().forEachRemaining(elements::add);
    }

    private static <T> List<T> all(Class<T> type) {
        return elements.stream().filter(type::isInstance).map(type::cast).toList();
    }

    @Test
    void everyCommandHasAHandlerOfThisBundleThatCanBeExecuted() throws Exception {
        Map<String, MCommand> commands = all(MCommand.class).stream()
                .collect(Collectors.toMap(MCommand::getElementId, c -> c));
        assertTrue(commands.keySet().containsAll(Set.of(JourneyHandlers.SAVE, JourneyHandlers.UNDO,
                JourneyHandlers.REDO, JourneyHandlers.EXPORT, JourneyHandlers.CUT, JourneyHandlers.COPY,
                JourneyHandlers.PASTE, JourneyHandlers.DELETE, JourneyHandlers.ZOOM_IN, JourneyHandlers.ZOOM_OUT,
                JourneyHandlers.ZOOM_RESET)), commands.keySet().toString());
        Map<String, MHandler> handlers = new HashMap<>();
        for (MHandler handler : all(MHandler.class)) {
            handlers.put(handler.getCommand().getElementId(), handler);
        }
        assertEquals(commands.keySet(), handlers.keySet(), "one handler per command");
        Bundle bundle = FrameworkUtil.getBundle(JourneyEditorPart.class);
        for (MHandler handler : handlers.values()) {
            String uri = handler.getContributionURI();
            assertTrue(uri.startsWith(BUNDLECLASS), uri);
            Class<?> type = bundle.loadClass(uri.substring(BUNDLECLASS.length()));
            assertTrue(Arrays.stream(type.getMethods()).map(Method::getDeclaredAnnotations).flatMap(Arrays::stream)
                    .anyMatch(Execute.class::isInstance), type + " has an @Execute method");
            assertNotNull(type.getConstructor().newInstance());
        }
    }

    @Test
    void theKeysAreBoundInTheJourneyEditorsContextWhichTheEditorActivates() {
        List<MBindingTable> tables = all(MBindingTable.class);
        assertEquals(1, tables.size());
        MBindingTable table = tables.get(0);
        assertEquals("org.parley.journey.ui.context.editor", table.getBindingContext().getElementId());
        Map<String, String> keys = new TreeMap<>();
        for (MKeyBinding binding : table.getBindings()) {
            keys.put(binding.getKeySequence(), binding.getCommand().getElementId());
        }
        assertEquals(Map.of("M1+S", JourneyHandlers.SAVE, "M1+Z", JourneyHandlers.UNDO, "M1+Y", JourneyHandlers.REDO,
                "M1+M2+Z", JourneyHandlers.REDO, "M1+E", JourneyHandlers.EXPORT), keys);
        MPartDescriptor editor = all(MPartDescriptor.class).get(0);
        assertEquals(JourneyEditors.DESCRIPTOR, editor.getElementId());
        assertTrue(editor.isDirtyable());
        assertEquals(List.of(table.getBindingContext()), editor.getBindingContexts(),
                "the context is active while a journey editor is the active part");
        MStringModelFragment context = (MStringModelFragment) ((EObject) table.getBindingContext()).eContainer();
        assertEquals("org.eclipse.ui.contexts.window", context.getParentElementId());
    }

    @Test
    void theCommandsAreInTheFileEditAndViewMenus() {
        Map<String, List<String>> menus = new TreeMap<>();
        for (MHandledMenuItem item : all(MHandledMenuItem.class)) {
            String menu = ((MStringModelFragment) ((EObject) item).eContainer()).getParentElementId();
            menus.computeIfAbsent(menu, m -> new ArrayList<>()).add(item.getCommand().getElementId());
        }
        assertEquals(Map.of("org.parley.app.menu.file", List.of(JourneyHandlers.SAVE, JourneyHandlers.EXPORT),
                "org.parley.app.menu.edit", List.of(JourneyHandlers.UNDO, JourneyHandlers.REDO, JourneyHandlers.CUT,
                        JourneyHandlers.COPY, JourneyHandlers.PASTE, JourneyHandlers.DELETE),
                "org.parley.app.menu.view", List.of(JourneyHandlers.ZOOM_IN, JourneyHandlers.ZOOM_OUT,
                        JourneyHandlers.ZOOM_RESET)),
                menus);
    }
}
