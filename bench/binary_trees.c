// binary_trees.go's C twin: the same trees with malloc and an explicit free of each tree.
#include <stdio.h>
#include <stdlib.h>

typedef struct Node { struct Node *left, *right; } Node;

static Node *build(int depth) {
  Node *n = malloc(sizeof *n);
  if (depth <= 0) {
    n->left = n->right = NULL;
  } else {
    n->left = build(depth - 1);
    n->right = build(depth - 1);
  }
  return n;
}

static long nodes(const Node *n) { return n->left ? 1 + nodes(n->left) + nodes(n->right) : 1; }

static void release(Node *n) {
  if (n->left) {
    release(n->left);
    release(n->right);
  }
  free(n);
}

int main(void) {
  const int maxDepth = 18;
  Node *stretch = build(maxDepth + 1);
  printf("stretch tree of depth %d\t check: %ld\n", maxDepth + 1, nodes(stretch));
  release(stretch);
  Node *longLived = build(maxDepth);
  for (int depth = 4; depth <= maxDepth; depth += 2) {
    long trees = 1L << (maxDepth - depth + 4), total = 0;
    for (long i = 0; i < trees; i++) {
      Node *t = build(depth);
      total += nodes(t);
      release(t);
    }
    printf("%ld\t trees of depth %d\t check: %ld\n", trees, depth, total);
  }
  printf("long lived tree of depth %d\t check: %ld\n", maxDepth, nodes(longLived));
  return 0;
}
