/* Function pointers inside arrays of structs, in globals, in a local and
   in an address-taken local (which lives on the side stack), are
   re-pointed to version 2's functions, beside a large array of numbers
   that the update skips whole.  */
/* { dg-do run } */
/* { dg-versions "versions/fnptr-struct-array-v2/fnptr-struct-array.c=fnptr-struct-array-v2.so" } */

#include <stdio.h>
#include <gearshift.h>

static int __attribute__ ((noinline))
add (int x)
{
  printf ("v1 add (%d)\n", x);
  return x + 1;
}

static int __attribute__ ((noinline))
sub (int x)
{
  printf ("v1 sub (%d)\n", x);
  return x - 1;
}

struct handler
{
  const char *name;
  double weight;
  int (*fn) (int);
};

struct handler handlers[3] = { { "a", 1, add }, { "b", 2, sub },
			       { "c", 3, add } };
struct slot
{
  int pad;
  int (*fn) (int);
} slots[2][2] = { { { 0, add }, { 1, sub } }, { { 2, sub }, { 3, add } } };
double samples[200000];

/* The update lands here, with H pointing into the side stack.  */
static int __attribute__ ((noinline))
call (struct handler *h, int x)
{
  gearshift_update_point ("call");
  return h->fn (x);
}

int
main (void)
{
  struct handler local[2] = { { "x", 0, sub }, { "y", 0, add } };
  struct handler taken[2] = { { "s", 0, sub }, { "t", 0, add } };
  long total = 0;
  for (int i = 0; i < 4; i++)
    {
      if (i == 2)
	gearshift_request_update ("./fnptr-struct-array-v2.so");
      samples[i * 1000] = i + 0.5;
      total += handlers[i % 3].fn (i);
      total += slots[i % 2][1].fn (i);
      total += local[i % 2].fn (i);
      total += call (&taken[i % 2], i);
      printf ("v1 i=%d total=%ld samples %g %g\n", i, total, samples[1000],
	      samples[3000]);
      gearshift_update_point ("tick");
    }
  char msg[256];
  int status = gearshift_update_status (msg, sizeof msg);
  printf ("status %d: %s\n", status, msg);
  return 0;
}


/* { dg-output "^v1 add \\(0\\)\n" } */
/* { dg-output "v1 sub \\(0\\)\n" } */
/* { dg-output "v1 sub \\(0\\)\n" } */
/* { dg-output "v1 sub \\(0\\)\n" } */
/* { dg-output "v1 i=0 total=-2 samples 0 0\n" } */
/* { dg-output "v1 sub \\(1\\)\n" } */
/* { dg-output "v1 add \\(1\\)\n" } */
/* { dg-output "v1 add \\(1\\)\n" } */
/* { dg-output "v1 add \\(1\\)\n" } */
/* { dg-output "v1 i=1 total=4 samples 1.5 0\n" } */
/* { dg-output "v1 add \\(2\\)\n" } */
/* { dg-output "v1 sub \\(2\\)\n" } */
/* { dg-output "v1 sub \\(2\\)\n" } */
/* { dg-output "v2 sub \\(2\\)\n" } */
/* { dg-output "v2 i=2 total=-289 samples 1.5 0\n" } */
/* { dg-output "v2 add \\(3\\)\n" } */
/* { dg-output "v2 add \\(3\\)\n" } */
/* { dg-output "v2 add \\(3\\)\n" } */
/* { dg-output "v2 add \\(3\\)\n" } */
/* { dg-output "v2 i=3 total=123 samples 1.5 3.5\n" } */
/* { dg-output "status 0: updated to \[^ \]+/fnptr-struct-array-v2.so: 2 frames, 3 globals mapped, \[0-9\]+ functions redirected\n$" } */
