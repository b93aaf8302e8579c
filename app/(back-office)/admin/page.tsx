import type { Metadata } from "next";

export const metadata: Metadata = { title: "Orders" };

export default function AdminHome() {
  return (
    <>
      <h1>Orders</h1>
      <p>Financed orders and their status at the bank appear here.</p>
    </>
  );
}
