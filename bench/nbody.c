/* C twin of nbody.go: the same system, the same operations in the same order. */
#include <stdio.h>

#pragma STDC FP_CONTRACT OFF

typedef struct {
  double x, y, z, vx, vy, vz, mass;
} Body;

static Body bodies[5];

static double newton_sqrt(double x) {
  double r = 0.5 * (x + 1.0);
  for (int i = 0; i < 16; i++) r = 0.5 * (r + x / r);
  return r;
}

static void place(int i, double x, double y, double z, double mass) {
  double star_mass = bodies[0].mass;
  double r = newton_sqrt(x * x + y * y);
  double speed = newton_sqrt(star_mass / r);
  bodies[i].x = x;
  bodies[i].y = y;
  bodies[i].z = z;
  bodies[i].vx = -y * speed / r;
  bodies[i].vy = x * speed / r;
  bodies[i].vz = 0.0;
  bodies[i].mass = mass;
}

static void setup(void) {
  bodies[0].mass = 100.0;
  place(1, 3.0, 0.0, 0.05, 0.01);
  place(2, -3.5, 4.25, -0.1, 0.003);
  place(3, 0.5, -9.0, 0.2, 0.05);
  place(4, 11.0, 8.5, -0.3, 0.0008);
  double px = 0.0, py = 0.0, pz = 0.0;
  for (int i = 1; i < 5; i++) {
    px += bodies[i].vx * bodies[i].mass;
    py += bodies[i].vy * bodies[i].mass;
    pz += bodies[i].vz * bodies[i].mass;
  }
  bodies[0].vx = -px / bodies[0].mass;
  bodies[0].vy = -py / bodies[0].mass;
  bodies[0].vz = -pz / bodies[0].mass;
}

static double energy(void) {
  double e = 0.0;
  for (int i = 0; i < 5; i++) {
    Body b = bodies[i];
    e += 0.5 * b.mass * (b.vx * b.vx + b.vy * b.vy + b.vz * b.vz);
    for (int j = i + 1; j < 5; j++) {
      double dx = b.x - bodies[j].x;
      double dy = b.y - bodies[j].y;
      double dz = b.z - bodies[j].z;
      e -= b.mass * bodies[j].mass / newton_sqrt(dx * dx + dy * dy + dz * dz);
    }
  }
  return e;
}

__attribute__((noinline)) static void advance(double dt) {
  for (int i = 0; i < 5; i++) {
    for (int j = i + 1; j < 5; j++) {
      double dx = bodies[i].x - bodies[j].x;
      double dy = bodies[i].y - bodies[j].y;
      double dz = bodies[i].z - bodies[j].z;
      double d2 = dx * dx + dy * dy + dz * dz;
      double k = dt / (d2 * newton_sqrt(d2));
      double mi = bodies[i].mass * k;
      double mj = bodies[j].mass * k;
      bodies[i].vx -= dx * mj;
      bodies[i].vy -= dy * mj;
      bodies[i].vz -= dz * mj;
      bodies[j].vx += dx * mi;
      bodies[j].vy += dy * mi;
      bodies[j].vz += dz * mi;
    }
  }
  for (int i = 0; i < 5; i++) {
    bodies[i].x += dt * bodies[i].vx;
    bodies[i].y += dt * bodies[i].vy;
    bodies[i].z += dt * bodies[i].vz;
  }
}

int main(void) {
  setup();
  printf("%.9f\n", energy());
  for (int step = 0; step < 1500000; step++) advance(0.001);
  printf("%.9f\n", energy());
  return 0;
}
