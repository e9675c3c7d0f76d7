/* Version 2 of global-heap-pointer.c: the same, saying v2.  */

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
      counter += 1;
      table[2] += 10;
      printf ("v2 i=%d counter=%d/%d table=%d/%d same=%d\n", i, counter,
	      *heap->to_counter, table[2], *heap->to_table,
	      heap->to_counter == &counter && heap->to_table == &table[2]);
      gearshift_update_point ("tick");
    }
  char msg[200];
  int status = gearshift_update_status (msg, sizeof msg);
  printf ("status %d: %s\n", status, msg);
  return 0;
}

