/* What the typed allocator costs a program that is never updated: N
   nodes of a list allocated and freed, in 10 rounds of N/10 (gearshift
   examples/heap/bench.sh builds it plain, with heap=plain and with
   heap=typed, the default).  Prints the nodes' checksum, and the time
   of the allocations and releases alone on stderr.  */

#include <stdio.h>
#include <stdlib.h>
#include <time.h>

struct node
{
  long key;
  struct node *next;
};

int
main (int argc, char **argv)
{
  long n = argc > 1 ? atol (argv[1]) : 10000000, sum = 0;
  struct node *head = NULL;
  struct timespec a, b;

  clock_gettime (CLOCK_MONOTONIC, &a);
  for (int r = 0; r < 10; r++)
    {
      for (long i = 0; i < n / 10; i++)
	{
	  struct node *x = malloc (sizeof *x);
	  if (!x)
	    return 1;
	  x->key = i;
	  x->next = head;
	  head = x;
	}
      while (head)
	{
	  struct node *x = head;
	  head = x->next;
	  sum += x->key;
	  free (x);
	}
    }
  clock_gettime (CLOCK_MONOTONIC, &b);
  printf ("%ld\n", sum);
  fprintf (stderr, "%.3f\n",
	   (b.tv_sec - a.tv_sec) + (b.tv_nsec - a.tv_nsec) / 1e9);
  return 0;
}
