/* Locals of every integer width, signed and unsigned, plus _Bool, live
   across call-site and loop points and are printed after the updates.  */
/* { dg-do run } */
/* { dg-run-env "GEARSHIFT_STRESS=0" } */
/* { dg-run-env "GEARSHIFT_STATS=1" } */

#include <gearshift.h>
#include <stdio.h>

static int __attribute__ ((noinline))
tick (int n)
{
  int s = 0;
  for (int i = 0; i < n; i++)
    {
      gearshift_update_point ("tick");
      s += i;
    }
  return s;
}

int
main (void)
{
  signed char sc = -100;
  unsigned char uc = 200;
  short ss = -30000;
  unsigned short us = 60000;
  int si = -2000000000;
  unsigned ui = 4000000000u;
  long sl = -9000000000000000000l;
  unsigned long ul = 18000000000000000000ul;
  long long sll = -1234567890123456789ll;
  unsigned long long ull = 0xfedcba9876543210ull;
  __int128 s128 = -((__int128) 1 << 100);
  unsigned __int128 u128 = ((unsigned __int128) 3 << 120) + 5;
  _Bool flag = 0;
  for (int k = 0; k < 9; k++)
    {
      int t = tick (k % 4 + 1);
      sc += (signed char) (t * 3 + 1);
      uc += (unsigned char) (t * 7 + 3);
      ss -= (short) (t * 1001 + 17);
      us += (unsigned short) (t * 4099 + 11);
      si += t * 100000007 + 3;
      ui *= (unsigned) t + 3;
      sl += (long) t * 1000000000007l;
      ul ^= (unsigned long) tick (k + 1) << (k * 5);
      sll = sll / 3 + t;
      ull = ull * 0x9e3779b97f4a7c15ull + (unsigned long long) t;
      s128 = s128 / 2 - t;
      u128 = u128 * 5 + (unsigned) t;
      flag = !flag ^ (t > 2);
    }
  printf ("sc=%d uc=%u ss=%d us=%u\n", sc, uc, ss, us);
  printf ("si=%d ui=%u\n", si, ui);
  printf ("sl=%ld ul=%lu\n", sl, ul);
  printf ("sll=%lld ull=%llu\n", sll, ull);
  printf ("s128=%lld:%llu u128=%llu:%llu\n", (long long) (s128 >> 64),
	  (unsigned long long) s128, (unsigned long long) (u128 >> 64),
	  (unsigned long long) u128);
  printf ("flag=%d\n", flag);
  fflush (stdout);
  return 0;
}

/* { dg-output "^sc=-31 uc=111 ss=15363 us=11007\n" } */
/* { dg-output "si=167 ui=958267392\n" } */
/* { dg-output "sl=-8999979999999999860 ul=18000039182292683808\n" } */
/* { dg-output "sll=-62722546874125 ull=12915662330055594524\n" } */
/* { dg-output "s128=-134217729:18446744073709551612 u128=3386706919782612992:9909605\n" } */
/* { dg-output "flag=1\n" } */
/* { dg-output "gearshift: \[1-9\]\[0-9\]* updates, \[0-9\]+ declined\[^\n\]*\n$" } */
