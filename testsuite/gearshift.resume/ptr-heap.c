/* Pointers to locals stored in heap nodes (a list whose nodes point at
   counters in the caller's frame) survive updates and are used later.  */
/* { dg-do run } */
/* { dg-run-env "GEARSHIFT_STRESS=0" } */
/* { dg-run-env "GEARSHIFT_STATS=1" } */

#include <gearshift.h>
#include <stdio.h>
#include <stdlib.h>

struct node
{
  long *target;
  struct node *next;
  int weight;
};

static struct node * __attribute__ ((noinline))
push (struct node *head, long *target, int weight)
{
  struct node *n = malloc (sizeof *n);
  n->target = target;
  n->weight = weight;
  n->next = head;
  return n;
}

static void __attribute__ ((noinline))
visit (struct node *head, int round)
{
  for (struct node *n = head; n; n = n->next)
    {
      gearshift_update_point ("visit");
      *n->target += n->weight * round;
    }
}

int
main (void)
{
  long a = 1, b = 2, c[3] = { 10, 20, 30 };
  struct node *list = NULL;
  list = push (list, &a, 3);
  list = push (list, &b, 5);
  for (int i = 0; i < 3; i++)
    list = push (list, &c[i], i + 1);
  list = push (list, &a, -1);
  for (int round = 1; round <= 12; round++)
    {
      visit (list, round);
      a ^= b & 0xff;
    }
  printf ("a=%ld b=%ld c=%ld,%ld,%ld\n", a, b, c[0], c[1], c[2]);
  while (list)
    {
      struct node *next = list->next;
      free (list);
      list = next;
    }
  fflush (stdout);
  return 0;
}

/* { dg-output "^a=39 b=392 c=88,176,264\n" } */
/* { dg-output "gearshift: \[1-9\]\[0-9\]* updates, \[0-9\]+ declined\[^\n\]*\n$" } */
