/*******************************************************************************
 * Copyright (c) 2026 Parley contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.parley.ui.board.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.parley.ui.board.command.Command;
import org.parley.ui.board.command.CommandStack;
import org.parley.ui.board.command.CompoundCommand;

class CommandStackTest {

    /** A list of words as the edited model, and a command that appends one. */
    private final List<String> words = new ArrayList<>();

    private Command add(String word) {
        return new Command() {
            @Override
            public String label() {
                return "Add " + word;
            }

            @Override
            public void execute() {
                if (word.isEmpty()) {
                    throw new IllegalArgumentException("empty word");
                }
                words.add(word);
            }

            @Override
            public void undo() {
                words.remove(words.size() - 1);
            }
        };
    }

    @Test
    void undoAndRedoWalkTheHistory() {
        CommandStack stack = new CommandStack();
        stack.execute(add("one"));
        stack.execute(add("two"));
        assertEquals("Add two", stack.undoLabel());
        stack.undo();
        assertEquals(List.of("one"), words);
        assertEquals("Add two", stack.redoLabel());
        stack.redo();
        assertEquals(List.of("one", "two"), words);
        stack.undo();
        stack.execute(add("three"));
        assertFalse(stack.canRedo(), "a new edit drops what could be redone");
        assertEquals(List.of("one", "three"), words);
    }

    @Test
    void anEditorIsCleanOnlyAtItsSavePoint() {
        CommandStack stack = new CommandStack();
        List<Boolean> dirtyStates = new ArrayList<>();
        stack.addListener(s -> dirtyStates.add(s.isDirty()));
        assertFalse(stack.isDirty());
        stack.execute(add("one"));
        assertTrue(stack.isDirty());
        stack.markSaved();
        assertFalse(stack.isDirty());
        stack.execute(add("two"));
        assertTrue(stack.isDirty());
        stack.undo();
        assertFalse(stack.isDirty(), "undoing back to the save point is clean again");
        stack.undo();
        assertTrue(stack.isDirty());
        stack.execute(add("other"));
        stack.undo();
        assertTrue(stack.isDirty(), "the saved state can no longer be reached by redo");
        assertEquals(List.of(true, false, true, false, true, true, true), dirtyStates);
    }

    @Test
    void theOldestEditsAreForgottenBeyondTheLimit() {
        CommandStack stack = new CommandStack(2);
        stack.execute(add("a"));
        stack.execute(add("b"));
        stack.execute(add("c"));
        stack.undo();
        stack.undo();
        assertFalse(stack.canUndo());
        assertEquals(List.of("a"), words);
        assertTrue(stack.isDirty(), "the empty saved state fell out of the history");
    }

    @Test
    void aCompoundCommandIsOneStepAndNeverHalfDone() {
        CommandStack stack = new CommandStack();
        stack.execute(new CompoundCommand("Paste", List.of(add("x"), add("y"))));
        assertEquals(List.of("x", "y"), words);
        stack.undo();
        assertEquals(List.of(), words);
        stack.redo();
        assertEquals(List.of("x", "y"), words);
        CompoundCommand broken = new CompoundCommand("Paste", List.of(add("z"), add("")));
        assertThrows(IllegalArgumentException.class, () -> stack.execute(broken));
        assertEquals(List.of("x", "y"), words, "the part already done was undone");
        assertEquals("Paste", stack.undoLabel());
        assertFalse(stack.execute(new CompoundCommand("Nothing", List.of())));
    }
}
