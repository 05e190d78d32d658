/*******************************************************************************
 * Copyright (c) 2026 Parley contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.parley.ui.board;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a board shows, independent of any toolkit: groups of columns, rows, the cards of each cell
 * and the values of curve rows. Immutable; an editor rebuilds it from its model after every edit.
 */
public final class Board {

    private final String title;
    private final List<BoardGroup> groups;
    private final List<BoardColumn> columns;
    private final List<BoardRow> rows;
    private final int[] groupOfColumn;
    private final List<Card>[][] cells;
    private final Double[][] values;
    private final Map<String, Integer> columnIndex = new HashMap<>();
    private final Map<String, Integer> rowIndex = new HashMap<>();

    @SuppressWarnings("unchecked")
    private Board(Builder builder) {
        title = builder.title;
        groups = List.copyOf(builder.groups);
        rows = List.copyOf(builder.rows);
        List<BoardColumn> all = new ArrayList<>();
        List<Integer> owner = new ArrayList<>();
        for (int g = 0; g < groups.size(); g++) {
            for (BoardColumn column : groups.get(g).columns()) {
                columnIndex.put(column.id(), all.size());
                all.add(column);
                owner.add(g);
            }
        }
        columns = List.copyOf(all);
        groupOfColumn = owner.stream().mapToInt(Integer::intValue).toArray();
        for (int r = 0; r < rows.size(); r++) {
            rowIndex.put(rows.get(r).id(), r);
        }
        cells = new List[rows.size()][columns.size()];
        values = new Double[rows.size()][columns.size()];
        builder.cards.forEach((key, list) -> {
            int[] rc = index(key);
            if (rc != null) {
                cells[rc[0]][rc[1]] = List.copyOf(list);
            }
        });
        builder.values.forEach((key, value) -> {
            int[] rc = index(key);
            if (rc != null) {
                values[rc[0]][rc[1]] = value;
            }
        });
    }

    private int[] index(String key) {
        int cut = key.indexOf('\u0000');
        Integer row = rowIndex.get(key.substring(0, cut));
        Integer column = columnIndex.get(key.substring(cut + 1));
        return row == null || column == null ? null : new int[]{row, column};
    }

    public static Builder builder(String title) {
        return new Builder(title);
    }

    public String title() {
        return title;
    }

    public List<BoardGroup> groups() {
        return groups;
    }

    public List<BoardColumn> columns() {
        return columns;
    }

    public List<BoardRow> rows() {
        return rows;
    }

    /** Index of the group that holds the column at {@code column}. */
    public int groupOf(int column) {
        return groupOfColumn[column];
    }

    public int columnIndex(String id) {
        Integer index = columnIndex.get(id);
        return index == null ? -1 : index;
    }

    public int rowIndex(String id) {
        Integer index = rowIndex.get(id);
        return index == null ? -1 : index;
    }

    public int groupIndex(String id) {
        for (int g = 0; g < groups.size(); g++) {
            if (groups.get(g).id().equals(id)) {
                return g;
            }
        }
        return -1;
    }

    /** Cards of a cell, never {@code null}. */
    public List<Card> cards(int row, int column) {
        List<Card> list = cells[row][column];
        return list == null ? List.of() : list;
    }

    /** Value of a curve row at a column, or {@code null} when none is set. */
    public Double value(int row, int column) {
        return values[row][column];
    }

    /** Collects a board; ids of groups, columns and rows must be unique. */
    public static final class Builder {
        private final String title;
        private final List<BoardGroup> groups = new ArrayList<>();
        private final List<BoardRow> rows = new ArrayList<>();
        private final Map<String, List<Card>> cards = new LinkedHashMap<>();
        private final Map<String, Double> values = new HashMap<>();
        private List<BoardColumn> openColumns;
        private String openId;
        private String openTitle;

        private Builder(String title) {
            this.title = title == null ? "" : title;
        }

        public Builder group(String id, String groupTitle) {
            closeGroup();
            openId = id;
            openTitle = groupTitle;
            openColumns = new ArrayList<>();
            return this;
        }

        public Builder column(String id, String columnTitle) {
            if (openColumns == null) {
                group("", "");
            }
            openColumns.add(new BoardColumn(id, columnTitle));
            return this;
        }

        public Builder row(String id, String rowTitle, RowKind kind, int accent) {
            rows.add(new BoardRow(id, rowTitle, kind, accent));
            return this;
        }

        public Builder card(String row, String column, Card card) {
            cards.computeIfAbsent(row + '\u0000' + column, k -> new ArrayList<>()).add(card);
            return this;
        }

        public Builder value(String row, String column, double value) {
            values.put(row + '\u0000' + column, value);
            return this;
        }

        private void closeGroup() {
            if (openColumns != null) {
                groups.add(new BoardGroup(openId, openTitle, openColumns));
                openColumns = null;
            }
        }

        public Board build() {
            closeGroup();
            return new Board(this);
        }
    }
}
