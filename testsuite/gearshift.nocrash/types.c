/* Locals of awkward types live across points: struct returns, large
   structs, complex, vectors, bit-fields, unions, volatile, __int128.  */
/* { dg-do assemble } */
/* { dg-options "-fplugin-arg-gearshift-dump -fplugin-arg-gearshift-points=loops -Wno-psabi" } */

extern int tick (int);

struct small { int a; short b; };
struct large { long v[32]; char tag; };
struct bits { unsigned a : 3; signed b : 5; unsigned c : 24; };
union u { float f; unsigned i; char c[4]; };
typedef int v4si __attribute__ ((vector_size (16)));
typedef double v4df __attribute__ ((vector_size (32)));

extern struct small make_small (int);
extern struct large make_large (int);

struct small
ret_small (int n)
{
  struct small s = make_small (n);
  for (int i = 0; i < n; i++)
    s.a += tick (s.b);
  return s;
}

struct large
ret_large (int n)
{
  struct large l = make_large (n);
  for (int i = 0; i < n; i++)
    l.v[i & 31] += tick (i);
  struct large copy = l;
  copy.tag = (char) tick (copy.tag);
  return copy;
}

_Complex double
cplx (_Complex double z, int n)
{
  _Complex double acc = 0;
  for (int i = 0; i < n; i++)
    acc = acc * z + tick (i);
  return acc;
}

v4si
vec (v4si a, int n)
{
  v4si acc = { 0, 0, 0, 0 };
  for (int i = 0; i < n; i++)
    acc += a * tick (i);
  return acc;
}

v4df
vec_wide (v4df a, int n)
{
  v4df acc = a;
  while (tick (n--))
    acc = acc * a;
  return acc;
}

int
bitfields (int n)
{
  struct bits b = { 1, -2, 3 };
  for (int i = 0; i < n; i++)
    {
      b.a += tick (b.b);
      b.c ^= i;
    }
  return b.a + b.b + b.c;
}

unsigned
unions (float f, int n)
{
  union u x;
  x.f = f;
  for (int i = 0; i < n; i++)
    x.c[i & 3] ^= (char) tick (x.i);
  return x.i;
}

int
volatiles (int n)
{
  volatile int v = 0;
  int *p = 0;
  int addr = 5;
  for (int i = 0; i < n; i++)
    {
      v += tick (v);
      p = &addr;
      *p += i;
    }
  return v + addr;
}

long double
wide (long double x, __int128 k)
{
  while (tick ((int) k))
    {
      x *= 1.5L;
      k += (__int128) 1 << 70;
    }
  return x + (long double) k;
}

_Bool
booleans (_Bool b, int n)
{
  for (int i = 0; i < n; i++)
    b ^= tick (b) != 0;
  return b;
}
