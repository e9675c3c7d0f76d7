/* Globals keep their address across an update: pointers to a global and
   to a file-static array element, held in the heap, still reach the
   variables the new version uses.  */
/* { dg-do run } */
/* { dg-versions "versions/global-heap-pointer-v2/global-heap-pointer.c=global-heap-pointer-v2.so" } */

#include <stdio.h>
#include <stdlib.h>
#include <gearshift.h>

int counter = 100;
static int table[4] = { 1, 2, 3, 4 };

/* Pointers kept where the update does not look: in the heap.  */
struct refs { int *to_counter; int *to_table; };

int
main (void)
{
  struct refs *heap = malloc (sizeof *heap);
  heap->to_counter = &counter;
  heap->to_table = &table[2];
  for (int i = 0; i < 5; i++)
    {
      if (i == 2)
	gearshift_request_update ("./global-heap-pointer-v2.so");
      counter += 1;
      table[2] += 10;
      printf ("v1 i=%d counter=%d/%d table=%d/%d same=%d\n", i, counter,
	      *heap->to_counter, table[2], *heap->to_table,
	      heap->to_counter == &counter && heap->to_table == &table[2]);
      gearshift_update_point ("tick");
    }
  char msg[200];
  int status = gearshift_update_status (msg, sizeof msg);
  printf ("status %d: %s\n", status, msg);
  return 0;
}

/* { dg-output "v1 i=2 counter=103/103 table=33/33 same=1\n" } */
/* { dg-output "v2 i=3 counter=104/104 table=43/43 same=1\n" } */
/* { dg-output "v2 i=4 counter=105/105 table=53/53 same=1\n" } */
/* { dg-output "status 0: updated to \[^ \]+/global-heap-pointer-v2.so: 1 frames, 2 globals mapped, \[0-9\]+ functions redirected\n" } */
