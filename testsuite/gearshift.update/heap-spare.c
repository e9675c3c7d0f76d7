/* Objects in the heap started with more room (GEARSHIFT_HEAP_SPARE=64):
   version 2 grows a struct by 64 bytes, and renames a field of the
   elements of an array from calloc and realloc (same size: they stay in
   place); both convert field by field, in place.  malloc_usable_size of
   a typed object counts what the program asked for, not the room.  */
/* { dg-do run } */
/* { dg-run-env "GEARSHIFT_HEAP_SPARE=64" } */
/* { dg-versions "versions/heap-spare-v2/heap-spare.c=heap-spare-v2.so" } */

#include <malloc.h>
#include <stdio.h>
#include <stdlib.h>
#include <gearshift.h>

struct slot { int key; int hits; };
struct big { long a; };

static struct slot *slots;
static struct big *big;

static long
total (void)
{
  long t = big->a;
  for (int i = 0; i < 8; i++)
    t += slots[i].key * slots[i].hits;
  return t;
}

int
main (void)
{
  slots = calloc (4, sizeof *slots);
  slots = realloc (slots, 8 * sizeof *slots);
  for (int i = 0; i < 8; i++)
    slots[i] = (struct slot) { i, 2 };
  big = malloc (sizeof *big);
  big->a = 100;
  printf ("usable %d\n", malloc_usable_size (big) >= sizeof *big
			 && malloc_usable_size (big) < 64);
  for (int i = 0; i < 4; i++)
    {
      if (i == 1)
	gearshift_request_update ("./heap-spare-v2.so");
      printf ("v1 i=%d total=%ld\n", i, total ());
      gearshift_update_point ("tick");
    }
  return 0;
}

/* { dg-output "^usable 1\n" } */
/* { dg-output "v1 i=0 total=156\n" } */
/* { dg-output "v1 i=1 total=156\n" } */
/* { dg-output "v2 i=2 total=156 more=0 status 0: updated to \[^\n\]*; converted in the heap: struct slot \\(1 object\\), struct big \\(1 object\\)\n" } */
/* { dg-output "v2 i=3 total=156 more=0\n$" } */
