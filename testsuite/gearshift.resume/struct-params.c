/* Large structs passed by value (copied on the machine stack) and
   modified in the callee before and after updates there.  */
/* { dg-do run } */
/* { dg-run-env "GEARSHIFT_STRESS=0" } */
/* { dg-run-env "GEARSHIFT_STATS=1" } */

#include <gearshift.h>
#include <stdio.h>

struct big { long v[10]; double scale; char tag[6]; };

static long __attribute__ ((noinline))
consume (struct big b, int rounds, struct big *out)
{
  long sum = 0;
  for (int r = 0; r < rounds; r++)
    {
      gearshift_update_point ("consume");
      b.v[r % 10] += r * (long) b.scale;
      b.tag[r % 5] = (char) ('k' + r % 16);
      sum += b.v[(r * 3) % 10];
    }
  *out = b;
  return sum;
}

static struct big __attribute__ ((noinline))
relay (struct big b, int rounds)
{
  struct big out;
  long s = consume (b, rounds, &out);
  out.v[9] = s;
  return out;
}

int
main (void)
{
  struct big b = { { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10 }, 3.0, "abcde" };
  for (int k = 1; k < 8; k++)
    {
      struct big c = relay (b, k * 3);
      b.v[k] = c.v[9] % 1000;
      b.scale = c.scale + 0.5;
      printf ("%d %s %ld %ld\n", k, c.tag, c.v[0], c.v[9]);
    }
  fflush (stdout);
  return 0;
}

/* { dg-output "^1 klmde 1 12\n" } */
/* { dg-output "2 plmno 1 52\n" } */
/* { dg-output "3 pqrso 1 154\n" } */
/* { dg-output "4 uvrst 41 547\n" } */
/* { dg-output "5 uvwxy 51 1335\n" } */
/* { dg-output "6 zklxy 51 2220\n" } */
/* { dg-output "7 oklmn 181 3735\n" } */
/* { dg-output "gearshift: \[1-9\]\[0-9\]* updates, \[0-9\]+ declined\[^\n\]*\n$" } */
