package store

import (
	"errors"
	"fmt"
	"sort"
	"strconv"
	"strings"

	"example.com/app/store/internal/codec"
)

// ParseError says which field of a record was malformed.
type ParseError struct {
	Field string
	Err   error
}

func (e *ParseError) Error() string { return "field " + e.Field + ": " + e.Err.Error() }
func (e *ParseError) Unwrap() error { return e.Err }

var ErrDuplicate = errors.New("duplicate item")

type Item struct {
	Name string
	Qty  int
}

type Store struct{ items map[string]Item }

func New() *Store { return &Store{items: map[string]Item{}} }

// Load parses "name,qty".
func (s *Store) Load(record string) error {
	name, qty, ok := strings.Cut(record, ",")
	if !ok {
		return fmt.Errorf("record %q: missing comma", record)
	}
	name = strings.ToLower(strings.TrimSpace(name))
	n, err := strconv.Atoi(strings.TrimSpace(qty))
	if err != nil {
		return fmt.Errorf("record %q: %w", record, &ParseError{"qty", err})
	}
	if _, dup := s.items[name]; dup {
		return fmt.Errorf("%s: %w", name, ErrDuplicate)
	}
	s.items[name] = Item{name, n}
	return nil
}

func (s *Store) Get(name string) (Item, bool) {
	it, ok := s.items[name]
	return it, ok
}

func (s *Store) Names() []string {
	var out []string
	for n := range s.items {
		out = append(out, n)
	}
	return out
}

// ByQuantity lists the names by decreasing quantity, then by name.
func (s *Store) ByQuantity() []string {
	items := make([]Item, 0, len(s.items))
	for _, it := range s.items {
		items = append(items, it)
	}
	sort.Slice(items, func(i, j int) bool {
		if items[i].Qty != items[j].Qty {
			return items[i].Qty > items[j].Qty
		}
		return items[i].Name < items[j].Name
	})
	names := make([]string, len(items))
	for i, it := range items {
		names[i] = it.Name
	}
	return names
}

func (s *Store) Encode() string {
	names := s.Names()
	sort.Strings(names)
	var parts []string
	for _, n := range names {
		parts = append(parts, codec.Pair(n, s.items[n].Qty))
	}
	return codec.Join(parts)
}
