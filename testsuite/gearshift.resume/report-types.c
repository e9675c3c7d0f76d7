/* GEARSHIFT_REPORT=1 prints every captured frame (all the locals' types
   formatted) at each of many updates; the program's output is unchanged.  */
/* { dg-do run } */
/* { dg-run-env "GEARSHIFT_STRESS=0" } */
/* { dg-run-env "GEARSHIFT_REPORT=1" } */
/* { dg-run-env "GEARSHIFT_STATS=1" } */
/* { dg-options "-fplugin-arg-gearshift-points=loops" } */

#include <gearshift.h>
#include <stdio.h>

struct bits { unsigned a : 3; signed b : 6; _Bool c : 1; unsigned long long w : 40; };
union u { int i; float f; char c[6]; };
enum e { E0, E1 = 5, E2 = -1 };
typedef int v4si __attribute__ ((vector_size (16)));

static int __attribute__ ((noinline))
step (int k)
{
  int r = k;
  for (int i = 0; i < 2; i++)
    r = r * 3 + (k >> i);
  return r;
}

int
main (void)
{
  signed char sc = -1;
  unsigned short us = 65535;
  long long ll = -3;
  unsigned __int128 u128 = 77;
  _Bool b = 1;
  float f = 0.25f;
  long double ld = 1.5L;
  _Complex double cd = 1 - 2i;
  _Complex long double cld = 3 + 4il;
  int arr[3] = { 1, 2, 3 };
  char str[8] = "abc";
  struct bits bf = { 1, -2, 1, 12345 };
  union u un;
  un.i = 5;
  enum e en = E2;
  v4si vec = { 1, 2, 3, 4 };
  const char *p = str;
  int *ip = &arr[1];
  for (int k = 0; k < 6; k++)
    {
      int s = step (k);
      sc += s; us += s; ll *= 3; u128 = u128 * 5 + s; b = !b;
      f += 0.5f; ld *= 2; cd *= 1i; cld += s; arr[k % 3] += s;
      str[k % 3] = (char) ('a' + s % 26); bf.a += s; bf.b -= s; bf.c = !bf.c;
      bf.w += s; un.c[k % 6] ^= 1; en = en == E2 ? E0 : E1; vec += s;
      p = str + k % 2; *ip += 1;
    }
  printf ("%d %u %lld %llu %d %g %Lg %g %g %Lg %Lg\n", sc, us, ll,
	  (unsigned long long) u128, b, f, ld, __real__ cd, __imag__ cd,
	  __real__ cld, __imag__ cld);
  printf ("%d %d %d %s %u %d %d %llu %d %d %d %s\n", arr[0], arr[1], arr[2],
	  str, bf.a, bf.b, bf.c, (unsigned long long) bf.w, un.i, en,
	  vec[0] + vec[3], p);
  fflush (stdout);
  return 0;
}

/* The reports come first: stderr is unbuffered, stdout is flushed at the
   end.  */
/* { dg-output "^(gearshift: captured \[12\] frames \\(innermost first\\)\n(#\[01\] \[^\n\]*\n(    \[^\n\]*\n)*)+)+" } */
/* { dg-output "-71 185 -2187 1214987 1 3\\.25 96 -1 2 189 4\n" } */
/* { dg-output "38 70 90 lyk 3 4 1 12531 16843012 5 377 yk\n" } */
/* { dg-output "gearshift: \[1-9\]\[0-9\]* updates, \[0-9\]+ declined\[^\n\]*\n$" } */
