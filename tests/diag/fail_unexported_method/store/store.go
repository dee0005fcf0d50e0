package store

type Store struct {
	Name  string
	items map[string]int
}

func New() *Store { return &Store{"s", map[string]int{}} }

func (s *Store) count() int { return len(s.items) }

func (s *Store) Count() int { return s.count() }
