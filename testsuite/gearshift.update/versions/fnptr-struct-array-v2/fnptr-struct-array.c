/* Version 2 of fnptr-struct-array.c: add and sub print "v2" and step by
   100 and 300.  */

#include <stdio.h>
#include <gearshift.h>

static int __attribute__ ((noinline))
add (int x)
{
  printf ("v2 add (%d)\n", x);
  return x + 100;
}

static int __attribute__ ((noinline))
sub (int x)
{
  printf ("v2 sub (%d)\n", x);
  return x - 300;
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
      samples[i * 1000] = i + 0.5;
      total += handlers[i % 3].fn (i);
      total += slots[i % 2][1].fn (i);
      total += local[i % 2].fn (i);
      total += call (&taken[i % 2], i);
      printf ("v2 i=%d total=%ld samples %g %g\n", i, total, samples[1000],
	      samples[3000]);
      gearshift_update_point ("tick");
    }
  char msg[256];
  int status = gearshift_update_status (msg, sizeof msg);
  printf ("status %d: %s\n", status, msg);
  return 0;
}
