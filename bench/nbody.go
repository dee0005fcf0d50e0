// Floating-point loop over a fixed array of structs: a star and four planets
// on near-circular orbits, advanced with a simple symplectic Euler step. The
// square root is our own Newton iteration so that the C twin (nbody.c) does
// bit-for-bit the same arithmetic.
package main

import "fmt"

type Body struct {
	x, y, z, vx, vy, vz, mass float64
}

var bodies [5]Body

// sqrt: Newton's method from (x+1)/2 with a fixed count, enough for the
// squared distances of this system (well under 10^4).
func sqrt(x float64) float64 {
	r := 0.5 * (x + 1.0)
	for i := 0; i < 16; i++ {
		r = 0.5 * (r + x/r)
	}
	return r
}

// place puts planet i at (x, y, z) moving counter-clockwise around the star
// in the xy plane at the circular speed for its distance.
func place(i int, x, y, z, mass float64) {
	starMass := bodies[0].mass
	r := sqrt(x*x + y*y)
	speed := sqrt(starMass / r)
	bodies[i].x = x
	bodies[i].y = y
	bodies[i].z = z
	bodies[i].vx = -y * speed / r
	bodies[i].vy = x * speed / r
	bodies[i].vz = 0.0
	bodies[i].mass = mass
}

// setup builds the system and gives the star the momentum that makes the
// total zero, so the centre of mass stays put.
func setup() {
	bodies[0].mass = 100.0
	place(1, 3.0, 0.0, 0.05, 0.01)
	place(2, -3.5, 4.25, -0.1, 0.003)
	place(3, 0.5, -9.0, 0.2, 0.05)
	place(4, 11.0, 8.5, -0.3, 0.0008)
	px, py, pz := 0.0, 0.0, 0.0
	for i := 1; i < 5; i++ {
		px += bodies[i].vx * bodies[i].mass
		py += bodies[i].vy * bodies[i].mass
		pz += bodies[i].vz * bodies[i].mass
	}
	bodies[0].vx = -px / bodies[0].mass
	bodies[0].vy = -py / bodies[0].mass
	bodies[0].vz = -pz / bodies[0].mass
}

func energy() float64 {
	e := 0.0
	for i := 0; i < 5; i++ {
		b := bodies[i]
		e += 0.5 * b.mass * (b.vx*b.vx + b.vy*b.vy + b.vz*b.vz)
		for j := i + 1; j < 5; j++ {
			dx := b.x - bodies[j].x
			dy := b.y - bodies[j].y
			dz := b.z - bodies[j].z
			e -= b.mass * bodies[j].mass / sqrt(dx*dx+dy*dy+dz*dz)
		}
	}
	return e
}

//go:noinline
func advance(dt float64) {
	for i := 0; i < 5; i++ {
		for j := i + 1; j < 5; j++ {
			dx := bodies[i].x - bodies[j].x
			dy := bodies[i].y - bodies[j].y
			dz := bodies[i].z - bodies[j].z
			d2 := dx*dx + dy*dy + dz*dz
			k := dt / (d2 * sqrt(d2))
			mi := bodies[i].mass * k
			mj := bodies[j].mass * k
			bodies[i].vx -= dx * mj
			bodies[i].vy -= dy * mj
			bodies[i].vz -= dz * mj
			bodies[j].vx += dx * mi
			bodies[j].vy += dy * mi
			bodies[j].vz += dz * mi
		}
	}
	for i := 0; i < 5; i++ {
		bodies[i].x += dt * bodies[i].vx
		bodies[i].y += dt * bodies[i].vy
		bodies[i].z += dt * bodies[i].vz
	}
}

func main() {
	setup()
	fmt.Printf("%.9f\n", energy())
	for step := 0; step < 1500000; step++ {
		advance(0.001)
	}
	fmt.Printf("%.9f\n", energy())
}
